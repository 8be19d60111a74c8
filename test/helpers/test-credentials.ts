// Credentials for Teams' outgoing calls to a local fake Bot Connector: a fixed token ('Bearer test')
// instead of MSAL, which refuses a non-HTTPS login authority.
import { PasswordServiceClientCredentialFactory, TokenCredentials } from 'botframework-connector';

export class TestCredentials extends PasswordServiceClientCredentialFactory {
  override async createCredentials() {
    return new TokenCredentials('test');
  }
}
