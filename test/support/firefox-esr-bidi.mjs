#!/usr/bin/env node
// Debian's Firefox ESR as playwright-core's `moz-firefox` channel expects it. playwright-core 1.65
// sets media features over WebDriver BiDi (emulation.setMediaFeaturesOverride) when it opens a
// context, a command this ESR does not have yet, so every launch fails. Given to playwright-core
// as the browser's executable, this starts firefox-esr with the same arguments and stands between
// the two on the BiDi WebSocket: it answers that one command itself (the tests emulate no colour
// scheme) and passes everything else through unchanged.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const { ws: WebSocket, wsServer: WebSocketServer } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle');
const FIREFOX = process.env.XXGK_FIREFOX ?? '/usr/bin/firefox-esr';
/** Commands answered here with an empty success instead of reaching the browser. */
const ANSWERED = new Set(['emulation.setMediaFeaturesOverride']);

const browser = spawn(FIREFOX, process.argv.slice(2), { stdio: ['ignore', 'inherit', 'pipe'] });
browser.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => browser.kill(signal));

let buffered = '';
browser.stderr.on('data', (chunk) => {
  buffered += chunk.toString();
  let newline;
  while ((newline = buffered.indexOf('\n')) >= 0) {
    const line = buffered.slice(0, newline + 1);
    buffered = buffered.slice(newline + 1);
    const listening = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(line);
    if (listening) void relay(listening[1]);
    else process.stderr.write(line);
  }
});

/** A WebSocket server of our own in front of the browser's, announced as the browser's. */
async function relay(target) {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  server.on('connection', (client, request) => {
    const upstream = new WebSocket(`${target}${request.url ?? ''}`);
    const pending = [];
    upstream.on('open', () => pending.splice(0).forEach((m) => upstream.send(m)));
    upstream.on('message', (data) => client.send(data.toString()));
    upstream.on('close', () => client.close());
    client.on('close', () => upstream.close());
    client.on('message', (data) => {
      const text = data.toString();
      const message = JSON.parse(text);
      if (ANSWERED.has(message.method)) client.send(JSON.stringify({ type: 'success', id: message.id, result: {} }));
      else if (upstream.readyState === WebSocket.OPEN) upstream.send(text);
      else pending.push(text);
    });
  });
  process.stderr.write(`WebDriver BiDi listening on ws://127.0.0.1:${server.address().port}\n`);
}
