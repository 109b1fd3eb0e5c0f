import { cookies } from "next/headers";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE, type SignedIn } from "@/lib/staff/staff-auth";
import { staffAuth } from "./workspace";

/** The signed-in staff member of the page being rendered (server components), or null. */
export async function currentStaff(): Promise<SignedIn | null> {
  const jar = await cookies();
  const token = jar.get(SECURE_SESSION_COOKIE)?.value ?? jar.get(SESSION_COOKIE)?.value;
  if (!token) return null;
  return staffAuth().current(`${SESSION_COOKIE}=${token}`);
}
