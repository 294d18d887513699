package io.skein.demo;

import java.util.List;

/** Where the demo bank's customers live: cities with their state, PIN-code prefix and a few localities. */
final class PlaceBook {

	/** A city as the bank's address book knows it; {@code alias} is the older name some forms still carry. */
	record City(String name, String alias, String state, String pinPrefix, String branchCode, List<String> localities) {
	}

	static final City BENGALURU = new City("Bengaluru", "Bangalore", "Karnataka", "560", "BLR",
			List.of("Indiranagar", "Koramangala", "Whitefield", "Jayanagar", "HSR Layout", "Malleshwaram"));

	static final List<City> CITIES = List.of(
			new City("Mumbai", "Bombay", "Maharashtra", "400", "BOM",
					List.of("Andheri West", "Bandra East", "Powai", "Dadar", "Borivali", "Chembur")),
			BENGALURU,
			new City("Pune", "Poona", "Maharashtra", "411", "PNQ",
					List.of("Kothrud", "Baner", "Viman Nagar", "Hadapsar", "Aundh")),
			new City("Chennai", "Madras", "Tamil Nadu", "600", "MAA",
					List.of("Adyar", "T Nagar", "Velachery", "Anna Nagar", "Mylapore")),
			new City("Delhi", "New Delhi", "Delhi", "110", "DEL",
					List.of("Saket", "Dwarka", "Rohini", "Lajpat Nagar", "Vasant Kunj")),
			new City("Hyderabad", "Secunderabad", "Telangana", "500", "HYD",
					List.of("Gachibowli", "Banjara Hills", "Kukatpally", "Madhapur")),
			new City("Kolkata", "Calcutta", "West Bengal", "700", "CCU",
					List.of("Salt Lake", "Ballygunge", "New Town", "Behala")),
			new City("Ahmedabad", "Amdavad", "Gujarat", "380", "AMD", List.of("Navrangpura", "Satellite", "Bopal")),
			new City("Jaipur", "Jaipur", "Rajasthan", "302", "JAI", List.of("Malviya Nagar", "Vaishali Nagar")),
			new City("Kochi", "Cochin", "Kerala", "682", "COK", List.of("Kakkanad", "Edappally", "Fort Kochi")));

	/** Relative sizes of the customer base per city, in {@link #CITIES} order. */
	static final int[] CITY_WEIGHTS = { 22, 20, 12, 11, 12, 9, 6, 3, 3, 2 };

	static final List<String> BUILDINGS = List.of("Sunshine", "Lakeview", "Green Park", "Prestige", "Sobha",
			"Brigade", "Shanti Niketan", "Sai Krupa", "Ganga", "Palm Grove", "Royal", "Silver Oak");

	static final List<String> BUILDING_KINDS = List.of("Apartments", "Residency", "Heights", "Towers", "Enclave");

	static final List<String> ROADS = List.of("MG Road", "Main Road", "Station Road", "Temple Street",
			"Link Road", "Ring Road", "Church Street", "Nehru Marg");

	private PlaceBook() {
	}

}
