# One small data set written by R haven three ways: bytecode-compressed, uncompressed, zlib (.zsav). It holds what
# a reader must get right: labelled numerics (non-ASCII labels), user-missing values (discrete and a range),
# system-missing values, decimals, negative and large numbers, a date, short, long (> 8 bytes) and very long
# (> 255 bytes) strings with non-ASCII text, empty strings, variable labels. Usage: Rscript haven.R OUTDIR
library(haven)
out <- commandArgs(trailingOnly = TRUE)[1]
long <- function(seed, n) substr(paste(rep(paste0(seed, " é "), length.out = n), collapse = ""), 1, n)
df <- data.frame(
  id = c("A1", "B22", "C333", "D4444", ""),
  sat = labelled_spss(c(1, 2, 9, NA, 4), labels = c("Très satisfait" = 1, "Plutôt satisfait" = 2,
    "Plutôt pas satisfait" = 3, "Pas du tout satisfait" = 4, "Ne sait pas" = 9), na_values = 9, label = "Satisfaction générale"),
  score = labelled_spss(c(0, 97, 98, 99, 7.5), labels = c("Refus" = 99), na_range = c(98, 99), label = "Note"),
  amount = c(-1.25, 1234567.5, 0, 1e10, NA),
  count = c(1, 2, 3, 40, 500),
  when = as.Date(c("2024-01-31", "1999-12-31", NA, "2000-02-29", "1970-01-01")),
  city = c("Saint-Étienne", "Orléans", "", "Besançon-les-Forges-du-Doubs", "Nîmes"),
  text = c(long("Très long commentaire", 300), "court", "", long("Ascenseur", 1000), "fin"),
  stringsAsFactors = FALSE)
df$city <- labelled(df$city, label = "Ville")
write_sav(df, file.path(out, "haven-byte.sav"), compress = "byte")
write_sav(df, file.path(out, "haven-none.sav"), compress = "none")
write_sav(df, file.path(out, "haven-zsav.zsav"), compress = "zsav")
