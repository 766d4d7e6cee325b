export async function register() {
  // Next.js sets NEXT_RUNTIME itself; the database exists only in the Node.js runtime.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { boot } = await import("./server/boot");
  try {
    await boot();
  } catch (error) {
    console.error(`[twofold] could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
