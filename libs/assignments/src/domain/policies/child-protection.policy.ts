/** The function whose transfer carries this platform's work. */
export const CHILD_PROTECTION_FUNCTION = 'child-protection';

/**
 * Directives and inspections do not say which function each task serves, and every one this
 * platform tracks concerns child protection (bảo vệ trẻ em): a transfer of that function
 * moves all open work, a transfer of any other function moves none.
 */
export const transferCarriesOpenWork = (transferredFunction: string): boolean => transferredFunction === CHILD_PROTECTION_FUNCTION;
