// The hand-over between the service worker, which receives files shared to the installed app
// (Web Share Target POST), and the page, which imports them: one cache, one header per file.

/** Cache Storage name where shared files wait for the page. */
export const SHARE_CACHE = 'zhengbao-shared';
/** Response header carrying the shared file's name (URI-encoded). */
export const SHARE_NAME_HEADER = 'x-file-name';
