import type { WebContents } from 'electron';

/**
 * The webContents of the windows we created ourselves. The IPC router answers only these, and the
 * event sink sends only to these; an entry leaves when its webContents is destroyed.
 */
export class TrustedContents {
  private readonly members = new Set<WebContents>();

  add(contents: WebContents): void {
    this.members.add(contents);
    contents.once('destroyed', () => this.members.delete(contents));
  }

  has(contents: WebContents): boolean {
    return this.members.has(contents) && !contents.isDestroyed();
  }

  all(): WebContents[] {
    return [...this.members].filter((contents) => !contents.isDestroyed());
  }
}
