// The 10 KB deployment script the shell analysis is timed on (bench/worker.ts).

const SCRIPT_BLOCK = [
  '#!/usr/bin/env bash',
  'set -euo pipefail',
  'ENVIRONMENT="${1:-dev}"',
  'REGION=eu-west-1',
  'log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }',
  'if [[ "$ENVIRONMENT" == "prod" ]]; then',
  '  log "refusing to deploy to prod from CI"; exit 1',
  'fi',
  'cd infra/envs/"$ENVIRONMENT"',
  'terraform init -input=false -backend-config="region=$REGION"',
  'terraform plan -out=tfplan -var-file=../common.tfvars | tee plan.log',
  'for chart in api worker scheduler; do',
  '  helm upgrade --install "$chart" ./charts/"$chart" --namespace "$ENVIRONMENT" --set image.tag="$GIT_SHA" --wait',
  'done',
  'kubectl rollout status deploy/api -n "$ENVIRONMENT" --timeout=120s || kubectl rollout undo deploy/api -n "$ENVIRONMENT"',
  'aws s3 cp plan.log "s3://deploy-logs/$ENVIRONMENT/$(date +%F)/plan.log"',
  'cat > /tmp/notify.json <<JSON',
  '{"text": "deployed $GIT_SHA to $ENVIRONMENT"}',
  'JSON',
  `curl -fsS -X POST -H 'Content-Type: application/json' --data @/tmp/notify.json "$SLACK_WEBHOOK"`,
  "find . -name '*.tmp' -mtime +7 -exec rm -f {} \\;",
  '',
].join('\n');

/** About 10 KB of bash: a deployment script's blocks repeated. */
export function tenKilobyteScript(): string {
  let script = '';
  while (script.length < 10_000) script += SCRIPT_BLOCK;
  return script;
}
