# The R oracle of ReportGen's scores, net score and benchmarks (tests/ReportGen.Tests/Analysis/Scores/).
# Writes, into the folder given (default: this script's folder):
#   data.csv          the sample: group (wave1, wave2, staff), score 0-10, weight w; seeded, so the same bytes every run
#   estimates.csv     name,value: what survey::svymean, svyttest and R's own arithmetic give on it
#   distributions.csv fn,x,df,value: pt, qt and lgamma on a grid, for the t distribution
# Run: Rscript make.R [folder]   (Debian: r-cran-survey). Every number is printed with 17 significant digits.
suppressPackageStartupMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else {
  file <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
  dirname(normalizePath(file))
}

RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20261202)
draw <- function(group, n, probs) {
  data.frame(group = group,
             score = sample(0:10, n, replace = TRUE, prob = probs),
             w = round(runif(n, 0.4, 2.5), 4))
}
d <- rbind(
  draw("wave1", 320, c(2, 1, 2, 3, 4, 8, 10, 18, 22, 16, 14)),
  draw("wave2", 280, c(1, 1, 1, 2, 3, 6, 9, 17, 24, 19, 17)),
  draw("staff", 45, c(0, 0, 1, 1, 2, 4, 6, 15, 25, 25, 21)))
write.table(d, file.path(out, "data.csv"), sep = ",", row.names = FALSE, quote = FALSE, eol = "\n")

values <- list()
put <- function(name, value) values[[name]] <<- value
d$promoter <- as.numeric(d$score >= 9)
d$detractor <- as.numeric(d$score <= 6)
d$nps <- 100 * (d$promoter - d$detractor)
d$top <- as.numeric(d$score >= 7)
d$grade <- factor(d$score, levels = 0:10)

for (g in c("wave1", "wave2", "staff")) {
  s <- d[d$group == g, ]
  des <- svydesign(ids = ~1, weights = ~w, data = s)
  neff <- sum(s$w)^2 / sum(s$w^2)
  m <- svymean(~score, des)
  put(paste0(g, ".n"), nrow(s))
  put(paste0(g, ".sumw"), sum(s$w))
  put(paste0(g, ".neff"), neff)
  put(paste0(g, ".mean"), coef(m)[[1]])
  put(paste0(g, ".se"), SE(m)[[1]])
  t <- qt(0.975, neff - 1)
  put(paste0(g, ".lower"), coef(m)[[1]] - t * SE(m)[[1]])
  put(paste0(g, ".upper"), coef(m)[[1]] + t * SE(m)[[1]])
  put(paste0(g, ".top"), coef(svymean(~top, des))[[1]])
  dist <- coef(svymean(~grade, des))
  for (v in 0:10) put(paste0(g, ".dist", v), dist[[v + 1]])
  n <- svymean(~nps, des)
  put(paste0(g, ".nps"), coef(n)[[1]])
  put(paste0(g, ".nps.se"), SE(n)[[1]])
  put(paste0(g, ".promoters"), coef(svymean(~promoter, des))[[1]])
  put(paste0(g, ".detractors"), coef(svymean(~detractor, des))[[1]])
  tn <- qt(0.975, neff - 1)
  put(paste0(g, ".nps.lower"), coef(n)[[1]] - tn * SE(n)[[1]])
  put(paste0(g, ".nps.upper"), coef(n)[[1]] + tn * SE(n)[[1]])
}
get <- function(name) values[[name]]

# Welch on each group's design, with Kish effective bases: the formula written out in R.
welch <- function(prefix, a, b, estimate, se) {
  m1 <- get(paste0(a, estimate)); m2 <- get(paste0(b, estimate))
  se1 <- get(paste0(a, se)); se2 <- get(paste0(b, se))
  n1 <- get(paste0(a, ".neff")) - 1; n2 <- get(paste0(b, ".neff")) - 1
  tt <- (m1 - m2) / sqrt(se1^2 + se2^2)
  df <- (se1^2 + se2^2)^2 / (se1^4 / n1 + se2^4 / n2)
  put(paste0(prefix, ".t"), tt); put(paste0(prefix, ".df"), df); put(paste0(prefix, ".p"), 2 * pt(-abs(tt), df))
}
welch("trend", "wave2", "wave1", ".mean", ".se")
welch("trend.nps", "wave2", "wave1", ".nps", ".nps.se")
welch("mirror", "staff", "wave2", ".mean", ".se")

# svyttest on the two waves stacked in one design: the same difference, a slightly different variance and df.
waves <- d[d$group != "staff", ]
waves$wave <- factor(waves$group, levels = c("wave1", "wave2"))
stacked <- svydesign(ids = ~1, weights = ~w, data = waves)
st <- svyttest(score ~ wave, stacked)
put("svyttest.estimate", unname(st$estimate))
put("svyttest.t", unname(st$statistic))
put("svyttest.df", unname(st$parameter))
put("svyttest.p", st$p.value)

# Benchmarks, the formulas written out in R.
m <- get("wave2.mean"); se <- get("wave2.se"); neff <- get("wave2.neff")
tt <- (m - 7.2) / se
put("bench.mean.fixed.t", tt); put("bench.mean.fixed.p", 2 * pt(-abs(tt), neff - 1))
se.ref <- 2.1 / sqrt(1500)
tt <- (m - 7.2) / sqrt(se^2 + se.ref^2)
df <- (se^2 + se.ref^2)^2 / (se^4 / (neff - 1) + se.ref^4 / 1499)
put("bench.mean.base.t", tt); put("bench.mean.base.df", df); put("bench.mean.base.p", 2 * pt(-abs(tt), df))
se.ref <- se * sqrt(neff) / sqrt(1500)
tt <- (m - 7.2) / sqrt(se^2 + se.ref^2)
df <- (se^2 + se.ref^2)^2 / (se^4 / (neff - 1) + se.ref^4 / 1499)
put("bench.mean.base.ownsd.t", tt); put("bench.mean.base.ownsd.p", 2 * pt(-abs(tt), df))
p <- get("wave2.top")
z <- (p - 0.72) / sqrt(0.72 * 0.28 / neff)
put("bench.share.fixed.z", z); put("bench.share.fixed.p", 2 * pnorm(-abs(z)))
pooled <- (p * neff + 0.72 * 2000) / (neff + 2000)
z <- (p - 0.72) / sqrt(pooled * (1 - pooled) * (1 / neff + 1 / 2000))
put("bench.share.base.z", z); put("bench.share.base.p", 2 * pnorm(-abs(z)))
tt <- (get("wave2.nps") - 20) / get("wave2.nps.se")
put("bench.nps.fixed.t", tt); put("bench.nps.fixed.p", 2 * pt(-abs(tt), neff - 1))

lines <- vapply(names(values), function(k) sprintf("%s,%.17g", k, values[[k]]), "")
writeLines(c("name,value", lines), file.path(out, "estimates.csv"))

# The t distribution on a grid: fractional df as Welch gives them, both tails, far tails.
rows <- c("fn,x,df,value")
dfs <- c(0.5, 1, 1.7, 2, 3, 4.5, 10, 29.3, 100, 347.25, 1000, 5000)
for (nu in dfs) {
  for (q in c(-40, -5, -2.5, -1.96, -0.5, 0.1, 1, 2, 3.5, 12)) rows <- c(rows, sprintf("pt,%.17g,%.17g,%.17g", q, nu, pt(q, nu)))
  for (p in c(1e-6, 0.025, 0.2, 0.6, 0.9, 0.95, 0.975, 0.995, 0.9995)) rows <- c(rows, sprintf("qt,%.17g,%.17g,%.17g", p, nu, qt(p, nu)))
}
for (x in c(0.25, 0.5, 1, 1.5, 2.5, 7.3, 15, 50.5, 173.625, 2500)) rows <- c(rows, sprintf("lgamma,%.17g,NA,%.17g", x, lgamma(x)))
writeLines(rows, file.path(out, "distributions.csv"))
