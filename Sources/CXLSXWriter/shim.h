// libxlsxwriter (Debian libxlsxwriter-dev): writes Excel .xlsx workbooks.
#include <xlsxwriter.h>
