import argon2 from 'argon2';

/** OWASP's argon2id minimum is m=19 MiB, t=2, p=1; we take one more pass. */
export const ARGON2_PARAMETERS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 3, parallelism: 1 } as const;

export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return argon2.hash(wachtwoord, ARGON2_PARAMETERS);
}

// Verifying against this when the account does not exist keeps the answer time the same,
// so response times do not reveal which usernames exist.
const ONBEKEND_ACCOUNT_HASH = hashWachtwoord('geen-account-' + Math.random());

export async function controleerWachtwoord(hash: string | undefined, wachtwoord: string): Promise<boolean> {
  try {
    if (!hash) {
      await argon2.verify(await ONBEKEND_ACCOUNT_HASH, wachtwoord);
      return false;
    }
    return await argon2.verify(hash, wachtwoord);
  } catch {
    return false;
  }
}
