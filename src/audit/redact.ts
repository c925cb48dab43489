// The audit trail's redaction is the one every output uses (src/redaction/):
// the gate already hands the audit redacted items, and appending redacts again
// (a no-op on redacted text that keeps its kinds), so entries written through
// the library without the gate are redacted too.
export { redactSecrets, sharedRedaction, type Redaction } from '../redaction/redact.js';
