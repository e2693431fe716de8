import { browser } from 'wxt/browser';
import { classifySender } from './background/senders.ts';
import type { Sender } from './background/senders.ts';
import { isRefusal, protocol } from './protocol.ts';
import type { AnswerOf, From, MessageSender, MessageType, Refusal, RequestOf } from './protocol.ts';
import { readFields } from './protocol-guards.ts';
import type { Fields } from './protocol-guards.ts';

/** What a handler may be told beyond its request. */
export interface CallOptions {
  /** Kiosk: locks the vault before a code is made (see kiosk-fill.ts). */
  claim?: () => Promise<void>;
}

/** One message's handler: it gets the validated request and the checked sender. */
export type Handler<T extends MessageType> = (
  request: RequestOf<T>,
  sender: Sender,
  options: CallOptions,
) => Promise<AnswerOf<T>>;

/** The handlers of the messages `F` may send. */
export type Handlers<F extends From> = {
  [T in MessageType as (typeof protocol)[T]['from'] extends F ? T : never]: Handler<T>;
};

/** A message on its way to its handler, validated and from an allowed sender. */
export type Call = { [T in MessageType]: CallOf<T> }[MessageType];

/** A call of message `T`. */
interface CallOf<T extends MessageType> {
  type: T;
  request: RequestOf<T>;
  sender: Sender;
  /** Runs the message's handler. */
  proceed(options?: CallOptions): Promise<AnswerOf<T>>;
}

/** Runs around every handler: may refuse, or proceed (once) and change the answer. */
export type Middleware = (call: Call) => Promise<AnswerOf<MessageType> | Refusal>;

const proceedAlways: Middleware = (call) => call.proceed();

/** A receiver's answer to a message; undefined when the message is not for it. */
export type Listener = (
  message: unknown,
  sender: MessageSender,
) => Promise<AnswerOf<MessageType> | Refusal> | undefined;

/**
 * The listener of a receiver with these handlers: it answers only its own
 * messages (every page of the extension hears every message, so another
 * receiver's message is left alone), refuses a sender the table does not
 * allow or a request its schema rejects, and runs `middleware` around the
 * handler. A failing handler is logged and answered 'message/failed'.
 */
export function createListener<F extends From>(
  handlers: Handlers<F>,
  middleware: Middleware = proceedAlways,
): Listener {
  const table: HandlerTable = handlers;
  return (message, browserSender) => {
    const fields = readFields(message);
    const type = fields?.type;
    if (fields === undefined || typeof type !== 'string' || !isMessageType(type)) return undefined;
    const call = readCall(type, fields, browserSender, table);
    if (call === undefined) return undefined;
    if (isRefusal(call)) return Promise.resolve(call);
    return middleware(call).catch((error: unknown) => {
      console.error(`Havencode: the '${type}' message failed`, error);
      return { refused: 'message/failed' } as const;
    });
  };
}

type HandlerTable = { [T in MessageType]?: Handler<T> };
type Rules = {
  [T in MessageType]: { from: From; parse: (m: Fields) => RequestOf<T> | undefined };
};
const rules: Rules = protocol;

/** The call for `type`, a refusal, or undefined when this receiver has no handler for it. */
function readCall<T extends MessageType>(
  type: T,
  fields: Fields,
  browserSender: MessageSender,
  table: HandlerTable,
): Call | Refusal | undefined {
  const handler = table[type];
  if (handler === undefined) return undefined;
  const sender = classifySender(browserSender);
  const rule = rules[type];
  if (sender === undefined || !sender.kinds.includes(rule.from))
    return { refused: 'message/sender-not-allowed' };
  const request = rule.parse(fields);
  if (request === undefined) return { refused: 'message/invalid-request' };
  const call: CallOf<T> = {
    type,
    request,
    sender,
    proceed: async (options = {}) => handler(request, sender, options),
  };
  // CallOf<T> is one member of the Call union; TypeScript cannot relate a
  // generic T to that union's members (microsoft/TypeScript#30581).
  return call as Call;
}

/** Installs this context's message handlers (the background's, the offscreen document's). */
export function handle<F extends From>(handlers: Handlers<F>, middleware?: Middleware): void {
  const listener = createListener(handlers, middleware);
  // webextension-polyfill's contract: a listener answers by returning a Promise.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener(listener);
}

function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(protocol, type);
}
