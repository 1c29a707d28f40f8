// libcsv (Debian: libcsv-dev) ships no pkg-config file: the header is found on the default
// include path and the module map links "csv".
#include <csv.h>
