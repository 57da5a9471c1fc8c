/** A scripted endpoint in place of `window.fetch`: records what the widget sends, answers what a test says. */

export interface SentRequest {
  url: string;
  method: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  body: Record<string, unknown>;
  signal: AbortSignal | undefined;
}

export type Answer = Response | Error | 'hang' | ((request: SentRequest) => Response | Promise<Response>);

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {status, headers: {'Content-Type': 'application/json', ...headers}});
}

export interface FakeEndpoint {
  requests: SentRequest[];
  /** Queue answers, one per request, in order. */
  answer(...answers: Answer[]): void;
  restore(): void;
}

export function fakeEndpoint(): FakeEndpoint {
  const original = window.fetch;
  const requests: SentRequest[] = [];
  const queue: Answer[] = [];
  window.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: SentRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      credentials: init.credentials,
      body: JSON.parse(String(init.body ?? '{}')),
      signal: init.signal ?? undefined,
    };
    requests.push(request);
    const next = queue.shift() ?? new Error('fake endpoint: no answer queued');
    return new Promise<Response>((resolve, reject) => {
      const signal = init.signal;
      signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), {once: true});
      if (next === 'hang') return;
      if (next instanceof Error) {
        reject(next instanceof TypeError ? next : new TypeError('Failed to fetch'));
        return;
      }
      Promise.resolve(typeof next === 'function' ? next(request) : next).then(resolve, reject);
    });
  };
  return {
    requests,
    answer: (...answers) => queue.push(...answers),
    restore: () => {
      window.fetch = original;
    },
  };
}

/** An answer the test releases when it wants: a slow endpoint. */
export function deferred() {
  let release!: (response: Response) => void;
  const promise = new Promise<Response>((resolve) => (release = resolve));
  return {answer: () => promise, release};
}
