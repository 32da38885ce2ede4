/**
 * What the extension is built with (build/build-extension.ts injects it; nothing at run time can change it, so no
 * page can add a key or a manifest): the origins it guards (match patterns), the release public keys it trusts,
 * and the signed manifests of the releases it knows, by version.
 */
export interface ExtensionConfig {
  origins: string[];
  publicKeys: string[];
  manifests: Record<string, string>;
}

declare const __HUSHLINK_EXTENSION_CONFIG__: ExtensionConfig;

/** The configuration the extension was built with. */
export const CONFIG: ExtensionConfig = __HUSHLINK_EXTENSION_CONFIG__;
