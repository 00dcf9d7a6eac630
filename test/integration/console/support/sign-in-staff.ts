import type { StaffRole } from '../../../../domain/staff/staff-role.ts';
import { ConsoleClient } from './console-client.ts';
import type { ConsoleHarness } from './start-console-harness.ts';

/** A member of staff added with these roles and signed in with a link: their client and CSRF token. */
export async function signInStaff(
  h: ConsoleHarness,
  { email, roles, name }: { email: string; roles: StaffRole[]; name: string },
): Promise<{ client: ConsoleClient; csrf: string }> {
  await h.addStaff(email, roles, name);
  const client = new ConsoleClient(h.baseUrl);
  const { csrf } = await client.signInWithLink(h.smtp, email);
  return { client, csrf };
}
