export async function register() {
  // Next.js sets NEXT_RUNTIME itself; the database exists only in the Node.js runtime.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { boot } = await import("./server/boot");
    await boot();
  }
}
