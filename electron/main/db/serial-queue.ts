/**
 * Runs async jobs one at a time, in arrival order. node-sqlite3 is asynchronous: without this,
 * statements of two logical transactions would interleave on the one connection and break
 * atomicity. Every read and write of `Database` goes through one queue.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job);
    // The queue continues whether the job failed or not; the caller sees the job's own outcome.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
