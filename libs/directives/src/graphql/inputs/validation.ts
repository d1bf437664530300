/** Ids are slugs so that they read well in stream names and URLs: `kh-soc-trang-23-ct-ttg`. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
export const SLUG_MESSAGE = '$property must be lower-case letters, digits and dashes (at most 100 characters)';
