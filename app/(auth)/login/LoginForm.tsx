"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

export function LoginForm({ notice }: { notice?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      router.push("/admin");
      router.refresh();
    } else {
      setError(signInErrorMessage(result?.error ?? ""));
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {notice && !error && (
        <p role="status" className="rounded border border-blue-300 bg-blue-50 p-2 text-blue-900">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="username" className="mb-1 block font-medium">
          用户名
        </label>
        <input id="username" name="username" autoComplete="username" required className="w-full rounded border border-gray-400 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block font-medium">
          密码
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="w-full rounded border border-gray-400 px-3 py-2" />
      </div>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
