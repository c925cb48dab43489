export { redactSecrets, sharedRedaction, type Redaction } from '../redaction/redact.js';
