// Preloaded into benchmarked processes (`node --require`): writes the
// process's resource usage (peak RSS included) to $BENCH_USAGE_FILE at exit.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
    if (process.env.BENCH_USAGE_FILE) {
        writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify(process.resourceUsage()));
    }
});
