/**
 * Politeness: at most a few requests in flight per host, with a small pause
 * between the start of two requests to the same host.
 */
export const MAX_IN_FLIGHT = 2;
let pauseMs = 100;

interface HostQueue {
  active: number;
  lastStart: number;
  readonly waiting: (() => void)[];
}

const hosts = new Map<string, HostQueue>();

/**
 * Sets the pause between two requests to one host (tests use 0).
 *
 * @example
 * setHostPause(0);
 */
export function setHostPause(ms: number): void {
  pauseMs = ms;
}

/**
 * Runs `task` when the host has a free slot.
 *
 * @example
 * await limitPerHost('example.org', () => getPage());
 */
export async function limitPerHost<T>(host: string, task: () => Promise<T>): Promise<T> {
  let queue = hosts.get(host);
  if (!queue) {
    queue = { active: 0, lastStart: 0, waiting: [] };
    hosts.set(host, queue);
  }
  const slot = queue;
  // A freed slot is handed straight to the next waiter, so a newcomer cannot slip in between.
  if (slot.active >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => slot.waiting.push(resolve));
  else slot.active += 1;
  const wait = slot.lastStart + pauseMs - Date.now();
  slot.lastStart = Math.max(Date.now(), slot.lastStart + pauseMs);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  try {
    return await task();
  } finally {
    // The host's entry stays (a few bytes per host) so the pause holds between sequential requests.
    const next = slot.waiting.shift();
    if (next) next();
    else slot.active -= 1;
  }
}
