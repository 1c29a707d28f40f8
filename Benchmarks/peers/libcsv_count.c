/* The raw libcsv parse of a file in C, callbacks that only count: the single-core ceiling.
   gcc -O2 libcsv_count.c -lcsv -o libcsv_count && ./libcsv_count FILE */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
static long fields, rows;
void cb1(void *s, size_t len, void *d){ fields++; }
void cb2(int c, void *d){ rows++; }
int main(int argc, char **argv){
  struct csv_parser p; csv_init(&p, CSV_STRICT|CSV_STRICT_FINI|CSV_REPALL_NL);
  FILE *f = fopen(argv[1], "rb"); static char buf[1<<20]; size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) csv_parse(&p, buf, n, cb1, cb2, NULL);
  csv_fini(&p, cb1, cb2, NULL); printf("%ld fields %ld rows\n", fields, rows); return 0;
}
