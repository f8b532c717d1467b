/**
 * The words of the machine studyplan runs on: finding a browser (src/pdf/find-browser.ts), one too
 * old (src/pdf/browser-version.ts), an output held open by another program (src/output/locked-output.ts).
 */
export interface MachineWords {
  browser: {
    notFound: string;
    installLinux: string;
    installMac: string;
    installWindows: string;
    explicitMissing(source: string, file: string): string;
    explicitMissingHint: string;
    tooOld(name: string, version: string, min: number): string;
    tooOldHint: string;
  };
  /** NAME.pdf (or .html) could not be replaced: a program holds it open (Windows). */
  locked(name: string): string;
}

/** Typed as MachineWords where it is written: its keys are checked there. */
export const machineWords = (w: MachineWords): MachineWords => w;
