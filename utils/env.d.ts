/** Build-time values wxt.config.ts defines (see utils/test-contract.ts). */
interface ImportMetaEnv {
  readonly MEDTERM_TEST_CONTRACT?: string;
}
