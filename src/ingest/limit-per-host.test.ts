import { test } from 'node:test';
import assert from 'node:assert/strict';
import { limitPerHost, MAX_IN_FLIGHT, setHostPause } from './limit-per-host.ts';

test('at most MAX_IN_FLIGHT tasks run at once per host; other hosts are not held up', async () => {
  setHostPause(0);
  const inFlight = new Map<string, number>();
  const peak = new Map<string, number>();
  const task = (host: string) => limitPerHost(host, async () => {
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    peak.set(host, Math.max(peak.get(host) ?? 0, inFlight.get(host) ?? 0));
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight.set(host, (inFlight.get(host) ?? 0) - 1);
    return host;
  });
  const results = await Promise.all([...Array(8).keys()].map((i) => task(i % 4 === 3 ? 'b.example' : 'a.example')));
  assert.equal(results.length, 8);
  assert.equal(peak.get('a.example'), MAX_IN_FLIGHT);
  assert.equal(peak.get('b.example'), MAX_IN_FLIGHT);
  await assert.rejects(limitPerHost('a.example', () => Promise.reject(new Error('boom'))), /boom/);
  assert.equal(await task('a.example'), 'a.example', 'a failed task frees its slot');
});
