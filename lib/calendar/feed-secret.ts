import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * A leader's calendar address is a bearer secret (whoever has it reads their calendar): it is kept
 * encrypted at rest with AES-256-GCM under a key derived (HKDF-SHA256) from the auth secret, so a
 * copy of the database alone does not reveal it. "v1.<iv>.<tag>.<ciphertext>", base64url.
 */
const VERSION = "v1";
const INFO = "pendulum calendar address v1";

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "pendulum", INFO, 32));
}

export function encryptFeedUrl(url: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const ciphertext = Buffer.concat([cipher.update(url, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(".");
}

/** The address, or null when the text was not written with this secret (the secret changed) or was altered. */
export function decryptFeedUrl(sealed: string, secret: string): string | null {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** What the settings page shows of a saved address: its server only, never the secret part. */
export function feedUrlHint(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "a saved address";
  }
}
