import { cookies } from "next/headers";
import type { SignedIn } from "@/lib/staff/staff-auth";
import { staffAuth } from "./workspace";

/** The signed-in staff member of the page being rendered (server components), or null. */
export async function currentStaff(): Promise<SignedIn | null> {
  // The page's cookies as a Cookie header: the same reading as the API routes'.
  return staffAuth().current((await cookies()).toString());
}
