/**
 * The part of Excel's custom-functions runtime the functions use (the package @types/custom-functions-runtime
 * is not a dependency). https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.invocation
 */
declare namespace CustomFunctions {
  /** Passed as the last argument of a function whose metadata asks for it (@requiresParameterAddresses). */
  interface Invocation {
    /** The cell address of the call, with @requiresAddress. */
    address?: string;
    /** The function's name. */
    functionName?: string;
    /**
     * With @requiresParameterAddresses: the address of each argument that is a reference, as
     * "Sheet!A1:B2" ('Sheet name'!A1 when the name needs quotes); undefined where not requested or not
     * supported (CustomFunctionsRuntime 1.3).
     */
    parameterAddresses?: (string | null | undefined)[];
  }
}
