// GLPK, the GNU Linear Programming Kit (Debian: libglpk-dev), for the benefit-of-the-doubt
// weights: one small linear programme per city. No pkg-config file: the header is on the
// default include path and the module map links "glpk".
#include <glpk.h>
