"use client";

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded border border-gray-500 bg-white px-3 py-1 hover:bg-gray-100">
      打印本页
    </button>
  );
}
