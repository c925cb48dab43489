export type Continued = {
    source: string;
} | {
    opaque: string;
};
export declare function joinContinuations(source: string): Continued;
