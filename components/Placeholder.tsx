/** Marks a page whose feature is not built yet, so no one mistakes it for a finished one. */
export function Placeholder({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="placeholder-title" className="rounded border border-amber-300 bg-amber-50 p-4">
      <h1 id="placeholder-title" className="mb-2 text-xl font-bold">
        {title}
      </h1>
      <p className="text-amber-900">此页面尚在建设中。{children}</p>
    </section>
  );
}
