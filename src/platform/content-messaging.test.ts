import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageListener } from './content-browser';

// A namespace that behaves like Chrome's: listeners get (message, sender, sendResponse) and only `true` keeps
// sendResponse usable after they return; sendMessage may throw synchronously (orphaned content script).
const fake = vi.hoisted(() => {
  const listeners = new Set<MessageListener>();
  return {
    listeners,
    send: { impl: (_message: unknown): Promise<unknown> => Promise.resolve('pong') },
    browser: {
      runtime: {
        id: 'our-extension',
        sendMessage: (message: unknown) => fake.send.impl(message),
        onMessage: {
          addListener: (listener: MessageListener) => void listeners.add(listener),
          removeListener: (listener: MessageListener) => void listeners.delete(listener),
        },
      },
    },
  };
});
vi.mock('./content-browser', () => ({ browser: fake.browser }));

const { HANDLER_FAILED, onExtensionMessage, sendMessage } = await import('./content-messaging');

/** Delivers one message to every listener; resolves with what each returned and every sendResponse answer. */
async function deliver(message: unknown, senderId = 'our-extension') {
  const answers: unknown[] = [];
  const returned = [...fake.listeners].map((listener) => listener(message, { id: senderId }, (answer) => void answers.push(answer)));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return { returned, answers };
}

beforeEach(() => {
  fake.listeners.clear();
  fake.send.impl = () => Promise.resolve('pong');
});

describe('onExtensionMessage', () => {
  it('answers its messages through sendResponse and returns true (the async form every browser keeps open)', async () => {
    onExtensionMessage((message) => ((message as { type?: string }).type === 'ping' ? Promise.resolve({ ok: 1 }) : undefined));
    await expect(deliver({ type: 'ping' })).resolves.toEqual({ returned: [true], answers: [{ ok: 1 }] });
  });

  it('leaves messages its handler does not take unanswered (returns undefined, never calls sendResponse)', async () => {
    onExtensionMessage(() => undefined);
    await expect(deliver({ type: 'other' })).resolves.toEqual({ returned: [undefined], answers: [] });
  });

  it('never shows another extension\'s message to the handler', async () => {
    const handler = vi.fn(() => Promise.resolve('x'));
    onExtensionMessage(handler);
    await expect(deliver({ type: 'ping' }, 'someone-else')).resolves.toEqual({ returned: [undefined], answers: [] });
    expect(handler).not.toHaveBeenCalled();
  });

  it('a failed handler answers an error object, not data and not silence', async () => {
    onExtensionMessage(() => Promise.reject(new Error('boom')));
    const { answers } = await deliver({ type: 'ping' });
    expect(answers).toEqual([{ error: { code: HANDLER_FAILED, detail: 'boom' } }]);
  });

  it('returns a remover', async () => {
    const remove = onExtensionMessage(() => Promise.resolve(1));
    remove();
    expect(fake.listeners.size).toBe(0);
  });
});

describe('sendMessage', () => {
  it('resolves with the answer', async () => {
    await expect(sendMessage({ type: 'ping' })).resolves.toBe('pong');
  });

  it('turns a synchronous throw (extension reloaded: context invalidated) into a rejection', async () => {
    fake.send.impl = () => {
      throw new Error('Extension context invalidated.');
    };
    const result = sendMessage({ type: 'ping' });
    expect(result).toBeInstanceOf(Promise);
    await expect(result).rejects.toThrow('Extension context invalidated.');
  });
});
