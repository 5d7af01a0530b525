/**
 * A service the app needs could not be reached while starting: the settings may well be right, so it is
 * not a "configuration problem" (ConfigError); the network or the service is what to check.
 */
export class UnreachableError extends Error {
  override name = 'UnreachableError';
  constructor(
    readonly service: string,
    /** What was tried, and the error's name or code; never a token or a URL with credentials. */
    readonly detail: string,
  ) {
    super(`could not reach ${service} ${detail}; check the network and try again`);
  }
}
