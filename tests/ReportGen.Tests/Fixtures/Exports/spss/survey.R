# survey.sav from canonical.csv, as an institute's SPSS export written by R haven: the four questions as numeric
# codes 1-4 with value labels and 9 "Ne sait pas" as user-missing, the agency as a labelled numeric, the id and
# the residence and comment as strings, the 0-10 note as a plain numeric. Usage: Rscript survey.R CANONICAL OUT
library(haven)
args <- commandArgs(trailingOnly = TRUE)
csv <- read.csv2(args[1], fileEncoding = "UTF-8", check.names = FALSE, colClasses = "character", na.strings = character(0))
scale <- c("Très satisfait" = 1, "Plutôt satisfait" = 2, "Plutôt pas satisfait" = 3, "Pas du tout satisfait" = 4, "Ne sait pas" = 9)
agencies <- c("Agence Nord" = 1, "Agence Centre" = 2, "Agence Sud" = 3)
code <- function(texts, labels) {
  values <- unname(labels[texts])
  values[texts == ""] <- NA
  as.numeric(values)
}
question <- function(texts, label) {
  labelled_spss(code(texts, scale), labels = scale, na_values = 9, label = label)
}
note <- as.numeric(ifelse(csv[["Q5_note"]] == "", NA, csv[["Q5_note"]]))
out <- data.frame(
  N_questionnaire = labelled(csv[["N° questionnaire"]], label = "N° questionnaire"),
  Agence = labelled(code(csv[["Agence"]], agencies), labels = agencies, label = "Agence"),
  "Résidence" = labelled(csv[["Résidence"]], label = "Résidence"),
  Q1_accueil = question(csv[["Q1_accueil"]], "Êtes-vous satisfait de l'accueil ?"),
  Q2_proprete = question(csv[["Q2_proprete"]], "Êtes-vous satisfait de la propreté des parties communes ?"),
  Q3_logement = question(csv[["Q3_logement"]], "Êtes-vous satisfait de votre logement ?"),
  Q4_globale = question(csv[["Q4_globale"]], "Globalement, êtes-vous satisfait ?"),
  Q5_note = labelled(note, label = "Note de 0 à 10"),
  Commentaire = labelled(csv[["Commentaire"]], label = "Commentaire"),
  check.names = FALSE)
write_sav(out, args[2], compress = "byte")
