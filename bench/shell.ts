// Shell analysis alone: one short command, and a 10 KB deployment script.
import type { SafeClawLibrary } from './build.js';
import { EXAMPLE_POLICIES } from './generate-policy.js';
import { ms, us, type Section } from './report.js';
import { COMPOUND_COMMANDS, SIMPLE_COMMANDS } from './requests.js';
import { measureLatency, medianMs } from './stats.js';

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

export async function benchShell(quick: boolean, lib: SafeClawLibrary): Promise<Section> {
  const { analyzeShellCommand } = lib;
  await lib.loadPolicies(EXAMPLE_POLICIES); // readies the parser
  const options = quick ? { runs: 3, runSeconds: 0.05, warmupSeconds: 0.05 } : {};
  const commandsOf = (actions: typeof SIMPLE_COMMANDS) => actions.map((a) => (a.type === 'shell.execute' ? a.command : ''));
  const simple = commandsOf(SIMPLE_COMMANDS);
  const compound = commandsOf(COMPOUND_COMMANDS);
  const simpleLatency = measureLatency(simple, (c) => analyzeShellCommand(c).commands.length, options);
  const compoundLatency = measureLatency(compound, (c) => analyzeShellCommand(c).commands.length, options);
  const script = tenKilobyteScript();
  const analysis = analyzeShellCommand(script);
  const scriptMs = await medianMs(() => analyzeShellCommand(script), quick ? 5 : 30, 5);
  return {
    title: 'Shell analysis (`analyzeShellCommand`)',
    header: ['Input', 'Median', 'p99'],
    rows: [
      [`short simple command (${simple.length} kinds)`, us(simpleLatency.medianUs), us(simpleLatency.p99Us)],
      [`compound command line (${compound.length} kinds)`, us(compoundLatency.medianUs), us(compoundLatency.p99Us)],
      [
        `${(script.length / 1000).toFixed(1)} KB deployment script (${analysis.commands.length} commands, ${analysis.implied.length} implied actions)`,
        ms(scriptMs),
        '',
      ],
    ],
  };
}
