// LAPACK through its C interface (Debian: liblapacke-dev), for the symmetric eigenproblems
// of principal-component weights and the audit. Only Statistics/Eigen.swift imports it.
#include <lapacke.h>
