import { browser } from 'wxt/browser';
import type { ConfirmQuestion } from '../protocol-types.ts';

/** What the user said in the window; `choice` is the account picked in a 'choose' question. */
interface Answer {
  yes: boolean;
  choice?: number | undefined;
}

interface Pending {
  question: ConfirmQuestion;
  answer: (answer: Answer) => void;
  windowId?: number | undefined;
}

/** Questions waiting for the user, by id; only this service worker's memory holds them. */
const pending = new Map<string, Pending>();

/**
 * Puts `question` to the user in Havencode's own window (confirm.html) and
 * resolves to the answer; closing the window is a no. A page can't see,
 * cover or click that window, so what it says is what the user agrees to.
 */
export async function confirmInWindow(question: ConfirmQuestion): Promise<boolean> {
  return (await askInWindow(question)).yes;
}

/** Asks which of `question.accounts` the user means; undefined when they closed the window. */
export async function chooseInWindow(
  question: ConfirmQuestion & { kind: 'choose' },
): Promise<number | undefined> {
  const { yes, choice } = await askInWindow(question);
  return yes && choice !== undefined && choice in question.accounts ? choice : undefined;
}

async function askInWindow(question: ConfirmQuestion): Promise<Answer> {
  const id = crypto.randomUUID();
  const answered = new Promise<Answer>((resolve) => pending.set(id, { question, answer: resolve }));
  const created = await browser.windows.create({
    url: browser.runtime.getURL(`/confirm.html?id=${id}`),
    type: 'popup',
    width: 440,
    height: 400,
    focused: true,
  });
  const entry = pending.get(id);
  if (entry) entry.windowId = created?.id;
  return answered;
}

/** The question the window `id` shows; undefined once it was answered. */
export function readQuestion(id: string): ConfirmQuestion | undefined {
  return pending.get(id)?.question;
}

/** The user answered in the window `id`: resolve the question and close its window. */
export async function answerQuestion(id: string, yes: boolean, choice?: number): Promise<void> {
  const entry = pending.get(id);
  if (!entry) return;
  pending.delete(id);
  entry.answer({ yes, choice });
  if (entry.windowId !== undefined) await browser.windows.remove(entry.windowId);
}

/** A confirmation window closed without an answer means no. */
export function watchConfirmWindows(): void {
  browser.windows.onRemoved.addListener((windowId) => {
    for (const [id, entry] of pending) {
      if (entry.windowId !== windowId) continue;
      pending.delete(id);
      entry.answer({ yes: false });
    }
  });
}
