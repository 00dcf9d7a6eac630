/** Buffers lines and respects back-pressure so a slow reader never makes us hold everything. */
export function createLineWriter(output: NodeJS.WritableStream): {
  write: (line: string) => Promise<void>;
  flush: () => Promise<void>;
} {
  let buffer: string[] = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = `${buffer.join('\n')}\n`;
    buffer = [];
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  return {
    write: async (line) => {
      buffer.push(line);
      if (buffer.length >= 256) await flush();
    },
    flush,
  };
}
