package io.skein.demo;

import java.util.List;
import java.util.Map;

/** Given names, surnames and nicknames of the demo bank's customers: mostly Indian, some international. */
final class NameBook {

	static final List<String> INDIAN_MEN = List.of("Aarav", "Abhishek", "Aditya", "Amit", "Anil", "Arjun", "Ashok",
			"Deepak", "Ganesh", "Harish", "Karthik", "Krishnan", "Manoj", "Mohammed", "Nikhil", "Prakash", "Rahul",
			"Rajesh", "Ravi", "Rohan", "Sanjay", "Siddharth", "Srinivas", "Subramanian", "Suresh", "Varun", "Venkatesh",
			"Vijay", "Vikram", "Yusuf");

	static final List<String> INDIAN_WOMEN = List.of("Aishwarya", "Ananya", "Anjali", "Deepa", "Divya", "Fatima",
			"Geeta", "Kavya", "Lakshmi", "Meera", "Neha", "Nisha", "Pooja", "Priya", "Priyanka", "Radha", "Rekha",
			"Sarita", "Shreya", "Sneha", "Sunita", "Swati", "Tanvi", "Uma", "Vidya");

	static final List<String> INTERNATIONAL_MEN = List.of("Alexander", "Christopher", "Daniel", "James", "Joseph",
			"Michael", "Richard", "Robert", "Thomas", "William", "Anthony", "Francis");

	static final List<String> INTERNATIONAL_WOMEN = List.of("Catherine", "Elizabeth", "Jennifer", "Katherine",
			"Margaret", "Rebecca", "Susan", "Victoria", "Maria", "Teresa");

	static final List<String> INDIAN_SURNAMES = List.of("Sharma", "Verma", "Iyer", "Iyengar", "Nair", "Menon",
			"Reddy", "Rao", "Patel", "Shah", "Desai", "Kulkarni", "Joshi", "Deshpande", "Gupta", "Agarwal", "Banerjee",
			"Chatterjee", "Mukherjee", "Das", "Singh", "Khan", "Qureshi", "Pillai", "Krishnamurthy", "Subramaniam",
			"Naidu", "Chopra", "Malhotra", "Kapoor", "Bhat", "Hegde", "Mehta", "Sinha");

	/** Goan, East Indian and expatriate surnames: the international share of the book. */
	static final List<String> INTERNATIONAL_SURNAMES = List.of("Fernandes", "D'Souza", "Pereira", "Rodrigues",
			"Pinto", "Gomes", "Smith", "Brown", "Wilson", "Taylor", "Clarke", "Thomas", "Mathew", "Jacob");

	static final List<String> MIDDLE_NAMES = List.of("Kumar", "Prasad", "Chandra", "Lal", "Devi", "Rani", "Mohan",
			"Narayan", "K", "S", "R", "Maria", "John");

	/** Formal name to the short forms people put on forms themselves; lookups only, never iterated. */
	static final Map<String, List<String>> NICKNAMES = Map.ofEntries(Map.entry("Robert", List.of("Bob", "Rob")),
			Map.entry("William", List.of("Bill", "Will")), Map.entry("Katherine", List.of("Kate", "Katie")),
			Map.entry("Catherine", List.of("Cathy", "Kate")), Map.entry("Alexander", List.of("Alex")),
			Map.entry("Elizabeth", List.of("Liz", "Beth")), Map.entry("Michael", List.of("Mike")),
			Map.entry("James", List.of("Jim", "Jimmy")), Map.entry("Jennifer", List.of("Jen", "Jenny")),
			Map.entry("Margaret", List.of("Maggie", "Peggy")), Map.entry("Christopher", List.of("Chris")),
			Map.entry("Daniel", List.of("Dan", "Danny")), Map.entry("Thomas", List.of("Tom")),
			Map.entry("Richard", List.of("Rick", "Dick")), Map.entry("Joseph", List.of("Joe")),
			Map.entry("Anthony", List.of("Tony")), Map.entry("Rebecca", List.of("Becky")),
			Map.entry("Victoria", List.of("Vicky")), Map.entry("Venkatesh", List.of("Venky")),
			Map.entry("Subramanian", List.of("Subbu")), Map.entry("Rajesh", List.of("Raju")),
			Map.entry("Srinivas", List.of("Cheenu", "Srini")), Map.entry("Priyanka", List.of("Priya")),
			Map.entry("Aishwarya", List.of("Ash")), Map.entry("Abhishek", List.of("Abhi")),
			Map.entry("Siddharth", List.of("Sid")), Map.entry("Mohammed", List.of("Mohd", "Md")),
			Map.entry("Krishnan", List.of("Kittu")), Map.entry("Vikram", List.of("Vicky")),
			Map.entry("Alice", List.of("Ali")));

	private NameBook() {
	}

}
