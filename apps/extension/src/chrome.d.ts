/**
 * The few Chromium extension APIs the extension uses, typed by hand (the full `@types/chrome` is a large
 * dependency for a handful of calls). Names and shapes follow https://developer.chrome.com/docs/extensions/reference.
 */
declare namespace chrome {
  namespace runtime {
    interface MessageSender {
      id?: string;
      tab?: { id?: number };
      frameId?: number;
    }
    const id: string;
    const onMessage: {
      addListener(
        listener: (
          message: unknown,
          sender: MessageSender,
          reply: (answer: unknown) => void,
        ) => boolean | undefined,
      ): void;
    };
    function sendMessage(message: unknown): Promise<unknown>;
    function getURL(path: string): string;
  }
  namespace webRequest {
    interface HttpHeader {
      name: string;
      value?: string;
    }
    interface ResponseDetails {
      url: string;
      tabId: number;
      frameId: number;
      type: string;
      responseHeaders?: HttpHeader[];
    }
    const onHeadersReceived: {
      addListener(
        listener: (details: ResponseDetails) => void,
        filter: { urls: string[]; types?: string[] },
        extraInfoSpec?: string[],
      ): void;
    };
  }
  namespace action {
    function setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
    function setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
    function setTitle(details: { tabId?: number; title: string }): Promise<void>;
  }
  namespace tabs {
    function update(tabId: number, properties: { url: string }): Promise<unknown>;
    function getCurrent(): Promise<{ id?: number } | undefined>;
    const onRemoved: { addListener(listener: (tabId: number) => void): void };
  }
}
