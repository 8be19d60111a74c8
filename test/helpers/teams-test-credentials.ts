// Loaded with `node --import` into a server a test starts in its own process: outgoing Bot Connector
// calls carry the fixed token "test" instead of one from MSAL (which refuses a non-HTTPS authority and
// would need the internet). Incoming tokens are still checked against the test's key server.
import { PasswordServiceClientCredentialFactory, TokenCredentials } from 'botframework-connector';

PasswordServiceClientCredentialFactory.prototype.createCredentials = async function createCredentials() {
  return new TokenCredentials('test');
};
