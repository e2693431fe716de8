import { makeTotpSecret } from './totp-check.ts';

/** A C-point account; `totpSecret` is undefined until an authenticator app is registered. */
export interface CpointUser {
  username: string;
  password: string;
  email: string;
  totpSecret: string | undefined;
  used: Set<string>;
}

/** A MyCepa account: the hard token's secret and any activated app secrets. */
export interface MycepaUser {
  werkboeknummer: string;
  payslipPasswords: readonly [string, string, string, string];
  totpSecrets: string[];
  used: Set<string>;
}

/** A message in the local outbox that stands in for the user's mailbox. */
export interface OutboxMail {
  subject: string;
  body: string;
  /** The one-time code in the mail, when it carries one. */
  code: string | undefined;
  sentAt: number;
}

/** Seeds and inspects the demo sites' users, shared by all hosts. */
export interface UserStore {
  /** Adds a C-point user; usernames are at most 10 characters as on the real site. */
  addCpointUser(user: {
    username: string;
    password: string;
    email: string;
    totpSecret?: string;
  }): CpointUser;
  /** The C-point user with this username, if any. */
  findCpointUser(username: string): CpointUser | undefined;
  /** Adds a MyCepa user; without `totpSecret` a random hard-token secret is made. */
  addMycepaUser(user: {
    werkboeknummer: string;
    payslipPasswords: readonly [string, string, string, string];
    totpSecret?: string;
  }): MycepaUser;
  /** The MyCepa user with this werkboeknummer, if any. */
  findMycepaUser(werkboeknummer: string): MycepaUser | undefined;
  /** Mails sent to a C-point user, oldest first. */
  outbox(username: string): readonly OutboxMail[];
  /** Delivers a mail to a user's outbox. */
  sendMail(username: string, mail: OutboxMail): void;
}

/** Creates an empty in-memory user store. */
export function createUserStore(): UserStore {
  const cpoint = new Map<string, CpointUser>();
  const mycepa = new Map<string, MycepaUser>();
  const mail = new Map<string, OutboxMail[]>();
  return {
    addCpointUser({ username, password, email, totpSecret }) {
      if (username.length === 0 || username.length > 10) {
        throw new Error(`C-point username must be 1 to 10 characters: ${username}`);
      }
      const user: CpointUser = { username, password, email, totpSecret, used: new Set() };
      cpoint.set(username.toLowerCase(), user);
      return user;
    },
    findCpointUser: (username) => cpoint.get(username.toLowerCase()),
    addMycepaUser({ werkboeknummer, payslipPasswords, totpSecret }) {
      const user: MycepaUser = {
        werkboeknummer,
        payslipPasswords,
        totpSecrets: [totpSecret ?? makeTotpSecret()],
        used: new Set(),
      };
      mycepa.set(werkboeknummer, user);
      return user;
    },
    findMycepaUser: (werkboeknummer) => mycepa.get(werkboeknummer),
    outbox: (username) => mail.get(username.toLowerCase()) ?? [],
    sendMail(username, message) {
      const key = username.toLowerCase();
      mail.set(key, [...(mail.get(key) ?? []), message]);
    },
  };
}
