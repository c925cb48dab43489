// Uploading the run's audit log as a workflow artifact, the evidence an
// auditor downloads. Loaded on demand: the artifact client is large and only
// needed when `audit-artifact` names an artifact.
import { dirname } from 'node:path';

export type UploadOutcome = { ok: true; id?: number; size?: number } | { ok: false; why: string };

export async function uploadAuditArtifact(name: string, file: string): Promise<UploadOutcome> {
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const response = await client.uploadArtifact(name, [file], dirname(file), { retentionDays: undefined });
    return { ok: true, id: response.id, size: response.size };
  } catch (err) {
    return { ok: false, why: `${(err as Error).name}: ${(err as Error).message.split('\n')[0]}` };
  }
}

