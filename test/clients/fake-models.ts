// Fake model APIs on 127.0.0.1 that play a script of tool calls, for driving the
// real agent clients offline: Anthropic Messages (Claude Code, the Agent SDK) and
// OpenAI Responses / Chat Completions (the Agents SDK, Codex). The Nth request of
// a conversation that offers tools gets step N as a tool call, N being the number
// of tool results the conversation already holds; after the last step it answers
// `final`. Every request body is kept, so a test can read what the client sent
// back to the model. Servers close when the test ends.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Step {
  name: string;
  input: Record<string, unknown>;
  /** Fields merged into an OpenAI Responses function_call item (Codex names MCP tools by a `namespace`). */
  item?: Record<string, unknown>;
}

export interface FakeModel {
  url: string;
  requests: { path: string; body: Record<string, unknown> }[];
  /** The text of every tool result the client sent in its last request with tools. */
  toolResults(): string[];
  /** Tool names offered in requests. */
  offeredTools(): Set<string>;
  close(): Promise<void>;
}

type Handler = (path: string, body: Record<string, unknown>, res: ServerResponse) => void;

async function serve(t: { after: (fn: () => Promise<void> | void) => void }, handler: Handler, toolResults: (body: Record<string, unknown>) => string[]): Promise<FakeModel> {
  const requests: FakeModel['requests'] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      } catch {
        // kept empty: the handler answers as for no body
      }
      const path = (req.url ?? '/').split('?')[0];
      requests.push({ path, body });
      if (req.method !== 'POST') return void res.writeHead(404).end();
      handler(path, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  // A client left running must not keep the server (and the test) alive.
  server.unref();
  t.after(() => {
    server.closeAllConnections();
    return close();
  });
  const withTools = () => requests.filter((r) => Array.isArray(r.body.tools) && (r.body.tools as unknown[]).length > 0);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    toolResults: () => {
      const last = withTools().at(-1);
      return last ? toolResults(last.body) : [];
    },
    offeredTools: () => new Set(withTools().flatMap((r) => (r.body.tools as { name?: string; function?: { name?: string } }[]).map((tool) => tool.name ?? tool.function?.name ?? ''))),
    close,
  };
}

const textOf = (content: unknown): string =>
  typeof content === 'string' ? content : Array.isArray(content) ? content.map((part) => (part as { text?: string }).text ?? '').join(' ') : JSON.stringify(content);

/** Anthropic Messages API (`/v1/messages`, streamed as Claude Code always asks, or not). */
export function fakeAnthropic(t: Parameters<typeof serve>[0], steps: Step[], final = 'All done.'): Promise<FakeModel> {
  let ids = 0;
  const blocksOf = (body: Record<string, unknown>) => ((body.messages as { content?: unknown }[]) ?? []).flatMap((m) => (Array.isArray(m.content) ? m.content : []));
  const handler: Handler = (path, body, res) => {
    if (path.endsWith('/count_tokens')) return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"input_tokens":10}');
    if (!path.endsWith('/messages')) return void res.writeHead(404).end();
    const offers = Array.isArray(body.tools) && body.tools.length > 0;
    const done = blocksOf(body).filter((b) => (b as { type?: string }).type === 'tool_result').length;
    const step = offers && done < steps.length ? steps[done] : undefined;
    const block = step ? { type: 'tool_use', id: `toolu_${done}_${++ids}`, name: step.name, input: step.input } : { type: 'text', text: offers ? final : 'ok' };
    const stop = step ? 'tool_use' : 'end_turn';
    const message = { id: `msg_${++ids}`, type: 'message', role: 'assistant', model: String(body.model ?? 'fake'), stop_sequence: null, usage: { input_tokens: 10, output_tokens: 5 } };
    if (!body.stream) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...message, content: [block], stop_reason: stop }));
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const event = (type: string, data: object) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
    event('message_start', { message: { ...message, content: [], stop_reason: null } });
    if (block.type === 'text') {
      event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
      event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: (block as { text: string }).text } });
    } else {
      event('content_block_start', { index: 0, content_block: { ...block, input: {} } });
      event('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: JSON.stringify(step!.input) } });
    }
    event('content_block_stop', { index: 0 });
    event('message_delta', { delta: { stop_reason: stop, stop_sequence: null }, usage: { output_tokens: 5 } });
    event('message_stop', {});
    res.end();
  };
  return serve(t, handler, (body) =>
    blocksOf(body)
      .filter((b) => (b as { type?: string }).type === 'tool_result')
      .map((b) => `${(b as { is_error?: boolean }).is_error ? '[error] ' : ''}${textOf((b as { content?: unknown }).content)}`),
  );
}

/** OpenAI Responses (`/v1/responses`, streamed or not) and Chat Completions (`/v1/chat/completions`). */
export function fakeOpenAI(t: Parameters<typeof serve>[0], steps: Step[], final = 'All done.'): Promise<FakeModel> {
  let ids = 0;
  const usage = { input_tokens: 10, input_tokens_details: { cached_tokens: 0 }, output_tokens: 5, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 15 };
  const responses = (body: Record<string, unknown>, res: ServerResponse) => {
    const input = Array.isArray(body.input) ? (body.input as { type?: string }[]) : [];
    const done = input.filter((i) => typeof i.type === 'string' && i.type.endsWith('_call_output')).length;
    const offers = Array.isArray(body.tools) && body.tools.length > 0;
    const step = offers && done < steps.length ? steps[done] : undefined;
    const item = step
      ? { type: 'function_call', id: `fc_${++ids}`, call_id: `call_${done}_${ids}`, name: step.name, arguments: JSON.stringify(step.input), status: 'completed', ...step.item }
      : { type: 'message', id: `msg_${++ids}`, role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: final, annotations: [] }] };
    const response = { id: `resp_${++ids}`, object: 'response', created_at: Math.floor(Date.now() / 1000), status: 'completed', model: String(body.model ?? 'fake'), output: [item], usage, error: null, incomplete_details: null };
    if (!body.stream) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(response));
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    let seq = 0;
    const event = (type: string, data: object) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...data })}\n\n`);
    event('response.created', { response: { ...response, status: 'in_progress', output: [] } });
    event('response.output_item.added', { output_index: 0, item: { ...item, status: 'in_progress' } });
    event('response.output_item.done', { output_index: 0, item });
    event('response.completed', { response });
    res.end();
  };
  const chat = (body: Record<string, unknown>, res: ServerResponse) => {
    const messages = (body.messages as { role?: string }[]) ?? [];
    const done = messages.filter((m) => m.role === 'tool').length;
    const offers = Array.isArray(body.tools) && body.tools.length > 0;
    const step = offers && done < steps.length ? steps[done] : undefined;
    const message = step
      ? { role: 'assistant', content: null, tool_calls: [{ id: `call_${done}_${++ids}`, type: 'function', function: { name: step.name, arguments: JSON.stringify(step.input) } }] }
      : { role: 'assistant', content: final };
    const completion = { id: `chatcmpl_${++ids}`, object: 'chat.completion', created: Math.floor(Date.now() / 1000), model: String(body.model ?? 'fake'), choices: [{ index: 0, message, finish_reason: step ? 'tool_calls' : 'stop' }], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion));
  };
  const handler: Handler = (path, body, res) => {
    if (path.endsWith('/responses')) return responses(body, res);
    if (path.endsWith('/chat/completions')) return chat(body, res);
    res.writeHead(404).end();
  };
  return serve(t, handler, (body) => [
    ...((body.messages as { role?: string; content?: unknown }[]) ?? []).filter((m) => m.role === 'tool').map((m) => textOf(m.content)),
    ...((Array.isArray(body.input) ? body.input : []) as { type?: string; output?: unknown }[]).filter((i) => typeof i.type === 'string' && i.type.endsWith('_call_output')).map((i) => textOf(i.output)),
  ]);
}
