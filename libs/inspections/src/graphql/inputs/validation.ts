/** Ids are slugs so that they read well in stream names and URLs: `kt-ttbtxh-soc-trang-2024`. */
export const SLUG = /^[a-z0-9][a-z0-9-]{1,99}$/;
export const SLUG_MESSAGE = '$property must be lower-case letters, digits and dashes (2 to 100 characters)';
