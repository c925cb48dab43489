export { redactSecrets, type Redaction } from '../redaction/redact.js';
