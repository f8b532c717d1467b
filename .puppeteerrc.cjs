// studyplan prints with a system Chrome/Chromium through puppeteer-core, which never downloads a
// browser. This keeps it so if the full `puppeteer` package ever comes in (as a dependency of a
// dependency, or by hand): there is no internet for a download on the machines that build plans.
module.exports = { skipDownload: true };
